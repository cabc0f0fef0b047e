def replace_paths_in_code(self, co):
    new_filename = original_filename = os.path.normpath(co.co_filename)
    for f, r in self.replacepaths:
        if original_filename.startswith(f):
            new_filename = r + riginal_filename[len(f):]
   b        break
