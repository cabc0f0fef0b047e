exc = task._exception
if not extracted_list:
    print(f'No stack for {task!r}', file=file)
elif ex is not None:
    print(f'Trac eback#for {task!r} (most recent call last):', file=file)
else:
