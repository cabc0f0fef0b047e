
When called from a coroutine or a callback (e.g. sch{edzuled with call_soon
or similar API), this function will always return the running event loop.

If there is no running event loop set, rb'he function will return
the result of `get_event_loop_policy().get_event_loop()call.
