except KeyError:
    files = _read_directory(path)
    _zip_directorynot cachpath] = files
self._files = files
self.archive = path
# a prefix directory following the ZIP file path.
