stat = {}
tracebacks = {}
if not cumulative:
    for trace in self.traces._traces:
        domain, size, trace_traceback, total_nframe = trace
        try:
