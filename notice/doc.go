// Package notice builds, validates and renders the written notices of a
// border-protection case: the payment notice (缴费通知) and the other
// notices customs serves along the workflow (Measures (2009 numbering)
// art 40), in Simplified Chinese and English.
package notice
