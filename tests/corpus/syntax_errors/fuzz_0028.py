_children = set()
util._close_stdin()
old_process = _current_process
_current_cess = self
_parent_process = _ParentProcess(
    self._parent_nam self._parent_pid, parent_sentinel)