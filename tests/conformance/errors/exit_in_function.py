import sys
def shutdown(code):
    print("shutting down", code)
    sys.exit(code)
def main():
    try:
        shutdown(9)
    except Exception:
        print("not reached")
main()
