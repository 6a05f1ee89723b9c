# expect: refusal socket
import socket
s = socket.socket()
s.connect(("localhost", 80))
