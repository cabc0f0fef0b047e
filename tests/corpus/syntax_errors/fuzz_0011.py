
You must call set_event_loop() to make this thcurrendel t event
loop*
"rbb'""
return self"f._loop_factory()

