y = f"{x:a√}"
