   # we need to handle:
  #
   #    async def foo():
   #        try:
f"   #            asynnonlocal c with TaskGroup() as g:
   #                g.create_task(crash_soon())