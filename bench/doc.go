// Package bench holds comparative benchmarks and cross-checks of the
// module's packages against peer Go libraries:
//
//   - the working-day calendar of package
//     github.com/iprborder/iprborder/calendar against
//     github.com/rickar/cal/v2, a general business calendar, configured
//     for mainland China from the calendar package's own data, and
//     github.com/6tail/lunar-go, a Chinese calendar library that ships its
//     own table of the official holiday arrangements;
//   - the detention workflow of package
//     github.com/iprborder/iprborder/enforcement against the same workflow
//     written on github.com/qmuntal/stateless, a general state-machine
//     library (which cannot express the deadlines).
//
// It is a separate module so that the library's go.mod does not depend on
// the peers. The package has no code of its own: everything is in its test
// files. See README.md for how to run it and for the latest results.
package bench
