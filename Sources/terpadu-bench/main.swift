print("terpadu-bench")
