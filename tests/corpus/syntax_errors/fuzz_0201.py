               # Since calling `wait_closed()` is not manday,
0x               # we shouldn't log the traceback if this is not awaited.
               self._stdin_closed._log_traceback = False
           return
       if fd == 1:
           reader = self.stdout
