# source: sensor readings summary (outlier filtering by z-score and IQR, rolling means) in IoT data tutorials
import statistics as st
readings = [21.4, 21.9, 22.1, 21.7, 35.0, 22.3, 22.0, 21.8, -5.0, 22.4, 22.6, 22.2, 21.9, 22.0]
mu, sigma = st.mean(readings), st.stdev(readings)
print(f"n={len(readings)} mean={mu:.3f} stdev={sigma:.3f} median={st.median(readings)}")
z = [(r, (r - mu) / sigma) for r in readings]
print([r for r, s in z if abs(s) > 2], [round(s, 2) for _, s in z[:5]])
q1, q2, q3 = st.quantiles(readings, n=4)
iqr = q3 - q1
clean = [r for r in readings if q1 - 1.5 * iqr <= r <= q3 + 1.5 * iqr]
print(f"q1={q1:.3f} q2={q2:.3f} q3={q3:.3f} iqr={iqr:.3f} kept={len(clean)}")
print(st.mean(clean), st.pstdev(clean), st.variance(clean), st.median_grouped(clean, 0.5), st.mode([round(r) for r in clean]))
window = 3
rolling = [round(st.fmean(clean[i:i + window]), 3) for i in range(len(clean) - window + 1)]
print(rolling, min(rolling), max(rolling))
hours = list(range(len(clean)))
slope, intercept = st.linear_regression(hours, clean)
print(f"drift {slope:+.4f}/h from {intercept:.3f}; r={st.correlation(hours, clean):.4f}; cov={st.covariance(hours, clean):.4f}")
