# expect: refusal a digestmod other than a hash's name
import hmac
print(hmac.new(b"k", b"m", "sha256").hexdigest()[:8])
print(hmac.new(b"k", b"m", lambda d=b"": None).hexdigest())
