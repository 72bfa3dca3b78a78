print("server: the HTTP engine has not landed yet")
