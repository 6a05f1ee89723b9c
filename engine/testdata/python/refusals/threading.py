# expect: refusal threading
import threading
threading.Thread(target=print).start()
