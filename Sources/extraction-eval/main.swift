print("extraction-eval: not built yet")
