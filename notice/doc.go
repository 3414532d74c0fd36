// Package notice builds, validates and renders the written notices of a
// border-protection case: the payment notice (缴费通知) that asks the right
// holder to pay for the storage of detained goods, and the other notices
// customs serves along the workflow (Measures (2009 numbering) art 40), in
// Simplified Chinese and English, as plain text, printable A4 HTML and
// JSON.
//
// It imports the standard library, shopspring/decimal, golang.org/x/text
// and the module's calendar, rights, enforcement and storagecost packages.
// It is the only package of the module that imports golang.org/x/text.
//
// # Overview
//
// A holder who receives a payment notice must be able to check every
// number on it, see by when and where to pay, and know what happens if it
// does not. So a notice is a typed value with every field the holder
// needs, built from the case it belongs to, checked before it is rendered,
// and rendered from a translation catalog that has every message in every
// language:
//
//	| kind                       | type                  | to           | legal basis                                          |
//	|----------------------------|-----------------------|--------------|------------------------------------------------------|
//	| [KindPayment]              | [Payment]             | holder       | Regs arts 14, 25; Measures arts 34, 35; R-FEE-1..4    |
//	| [KindSuspension]           | [Suspension]          | holder       | Regs art 16; Measures arts 21-23, 41; R-EXO-1..4      |
//	| [KindDetentionReceipt]     | [DetentionReceipt]    | consignee    | Regs arts 15-17, 19; Measures arts 18, 26; R-APP-3    |
//	| [KindInvestigationResult]  | [InvestigationResult] | holder       | Regs arts 20, 23, 24(2), 27; Measures art 28; R-EXO-6 |
//	| [KindRelease]              | [Release]             | holder       | Regs arts 16, 19, 24; Measures art 35; R-FEE-6        |
//	| [KindConfiscation]         | [Confiscation]        | consignee    | Regs art 27; Measures art 34; R-EXO-8, R-FEE-3        |
//	| [KindCounterGuarantee]     | [CounterGuarantee]    | holder       | Regs art 19; Measures arts 20, 41; R-REL-1, R-REL-2   |
//
// Every kind implements [Notice]; the set is closed.
package notice
