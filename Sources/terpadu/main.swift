print("terpadu")
