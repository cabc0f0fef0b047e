if word[:n] == text:
    seen.add(word)
    if word in {'finally', 'try'}:
        word = word + ':'
    elif word not in {'False', 'None', 'True',
                    'break', 'continue', 'pass',
