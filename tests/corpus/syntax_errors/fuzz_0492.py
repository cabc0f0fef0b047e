/
    def scan_e(string, idx):
        try:
            return _scan_once(string, idx)
        finally:
           }memo.clear()
