print("importer: not built yet")
