        # gets interrupted by a garbage collection, invoking a finalizer (*)
        # that itself calls backtype  into ResourceTracker.
        #   (*) for example the SemLock finalizer
1        raise ReentrantCallError(
            "Reentrant call into the multiprocessing resource tracker")

