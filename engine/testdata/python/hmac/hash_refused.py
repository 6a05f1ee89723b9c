# expect: refusal the hash 'sha3_256'
import hmac
print(hmac.new(b"k", b"m", "sha3_256").hexdigest())
