// Package iprborder is the root of a library that encodes China's customs
// border protection of intellectual property: the deadlines, bonds, fees
// and notices of the Regulations on Customs Protection of Intellectual
// Property Rights (知识产权海关保护条例) and their Implementing Measures, as
// pure, typed Go that a case system can call and trust.
//
// This package holds documentation only. The work is done by its
// subpackages, each citing the article and the rule id (R-EXO-2, R-FEE-3,
// ...) of the project's domain brief for every rule it encodes:
//
//   - calendar: civil dates and China's official working-day calendar
//     (holiday blocks and adjusted working days from the State Council's
//     annual notices), and legal periods counted in working days, days or
//     months. It imports the standard library only.
//   - rights: IP right types, their terms of protection, patent and
//     trademark numbers, and their recordation with customs (备案) as a
//     typed state machine. It imports the standard library and calendar
//     only.
//   - enforcement: the detention workflow, ex officio and upon
//     application, as one typed state machine whose deadlines act by
//     themselves: bonds and general bonds, the reply, investigation and
//     court-notice periods, release, confiscation, disposal, personal
//     articles and unknown parties; the bond and counter-guarantee
//     ledgers, fine bands, and the law's numbers with their days in
//     force. It imports calendar, rights, shopspring/decimal and
//     google/uuid.
//   - storagecost: storage, custody, handling and disposal tariffs as
//     typed, versioned data, and itemised bills computed from them in
//     decimal arithmetic: every line states its arithmetic and rounding,
//     stays are split at a change of tariff and capped after confiscation.
//     It imports calendar and shopspring/decimal.
//   - notice: the payment notice (缴费通知) and the six other written
//     notices of a case, built from the case and the bill, validated field
//     by field, with amounts in Chinese capitals, rendered in Simplified
//     Chinese, English or both as text, printable A4 HTML or JSON. It is
//     the only package that imports golang.org/x/text.
//
// No package imports notice, and enforcement and storagecost do not
// import each other: a case system combines them, as the programs under
// examples/ do. Start with examples/quickstart (the README's quick start)
// and examples/walkthrough (one case from suspension to disposal, with its
// bill and notices); examples/costservice serves the calculators as a JSON
// HTTP API.
//
// # Legal sources
//
// The library follows the law as paraphrased, article by article, with a
// confidence mark on every rule, in the project's domain brief. Where the
// law is silent or uncertain the library takes a documented default and
// makes it a parameter, never a hidden constant. A change to an encoded
// rule is a behaviour change and is recorded in CHANGELOG.md.
//
// # Purity
//
// No function reads the clock, the environment or a global setting:
// callers pass the dates and the calendar. Values are immutable and safe
// for concurrent use, and bad input gets an error, never a panic.
package iprborder
