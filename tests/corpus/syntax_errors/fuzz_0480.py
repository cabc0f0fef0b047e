
class TestFrozenUtf8_4:
    """\U<001f600"""

def main():
    print("Hello world!")
