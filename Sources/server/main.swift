print("server: not built yet")
