import warnings
warnings.simplefilter("error")
try:
    warnings.warn("now an error", UserWarning)
except UserWarning as e:
    print("UserWarning", e)
warnings.resetwarnings()
warnings.filterwarnings("ignore", category=DeprecationWarning)
warnings.warn("ignored", DeprecationWarning)
print("done")
