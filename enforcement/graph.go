package enforcement

import (
	"fmt"
	"strings"

	"github.com/iprborder/iprborder/internal/textcode"
)

// GraphFormat is a diagram language for [Graph]. The zero GraphFormat is
// [GraphFormatUnknown].
type GraphFormat uint8

// The formats. Do not reorder.
const (
	// GraphFormatUnknown is the zero GraphFormat: not set. Graph refuses
	// it, and it has no text code.
	GraphFormatUnknown GraphFormat = iota
	// Mermaid is a Mermaid stateDiagram-v2, which GitHub and GitLab render
	// in Markdown.
	Mermaid
	// DOT is a Graphviz digraph, with the composite states as clusters.
	DOT
)

var graphFormatCodes = textcode.New[GraphFormat]("GraphFormat", []string{
	Mermaid: "mermaid",
	DOT:     "dot",
})

// String returns the stable text code of f ("mermaid", "dot"), or
// "%!GraphFormat(n)".
func (f GraphFormat) String() string { return graphFormatCodes.String(f) }

// Graph draws the workflow's transition table in format f: every state,
// the composite states with the states they hold, and one edge per row,
// labelled with its event, its selector in brackets and its guards in
// parentheses:
//
//	applied --> under_investigation : detention [ex officio] (bond covers)
//
// An edge from a composite state applies in every state it holds that has
// no edge of its own for the event; an edge back to its own state records
// a fact without changing the state. The
// output is generated from the same table [Case.Apply] reads, so it cannot
// drift from it. It fails with an error matching [ErrUnknownCode] for an
// unknown format.
func Graph(f GraphFormat) (string, error) {
	switch f {
	case Mermaid:
		return mermaid(), nil
	case DOT:
		return dot(), nil
	}
	return "", &CodeError{Enum: "GraphFormat", Input: f.String(), Err: fmt.Errorf("GraphFormat %s: want mermaid or dot", f)}
}

// nodeID is a state's identifier in the diagrams: its code with
// underscores, which both languages accept unquoted.
func nodeID(s State) string { return strings.ReplaceAll(s.String(), "-", "_") }

// label is a row's edge label.
func (t transition) label() string {
	var b strings.Builder
	b.WriteString(t.on.String())
	if t.when != nil {
		b.WriteString(" [" + t.when.name + "]")
	}
	if len(t.guards) > 0 {
		names := make([]string, len(t.guards))
		for i, g := range t.guards {
			names[i] = g.name
		}
		b.WriteString(" (" + strings.Join(names, ", ") + ")")
	}
	return b.String()
}

// target is the state a row leads to, its own state for a row that keeps
// it.
func (t transition) target() State {
	if t.to == StateUnknown {
		return t.from
	}
	return t.to
}

func mermaid() string {
	var b strings.Builder
	b.WriteString("stateDiagram-v2\n")
	fmt.Fprintf(&b, "    [*] --> %s\n", nodeID(Opened))
	for _, parent := range []State{Detained, Released} {
		fmt.Fprintf(&b, "    state %s {\n", nodeID(parent))
		for _, s := range States() {
			if s.Parent() == parent {
				fmt.Fprintf(&b, "        %s\n", nodeID(s))
			}
		}
		b.WriteString("    }\n")
	}
	for _, t := range transitions {
		fmt.Fprintf(&b, "    %s --> %s : %s\n", nodeID(t.from), nodeID(t.target()), t.label())
	}
	for _, s := range States() {
		if s.IsTerminal() && s.Parent() == StateUnknown {
			fmt.Fprintf(&b, "    %s --> [*]\n", nodeID(s))
		}
	}
	return b.String()
}

func dot() string {
	var b strings.Builder
	b.WriteString("digraph enforcement {\n")
	b.WriteString("    compound=true;\n    rankdir=LR;\n    node [shape=box, style=rounded];\n")
	b.WriteString("    start [shape=point];\n")
	// A composite state is a cluster; edges from it leave from its first
	// state, clipped at the cluster's border (ltail).
	first := map[State]State{}
	for _, parent := range []State{Detained, Released} {
		fmt.Fprintf(&b, "    subgraph cluster_%s {\n        label=%q;\n", nodeID(parent), parent.String())
		for _, s := range States() {
			if s.Parent() == parent {
				if _, ok := first[parent]; !ok {
					first[parent] = s
				}
				fmt.Fprintf(&b, "        %s;\n", nodeID(s))
			}
		}
		b.WriteString("    }\n")
	}
	for _, s := range States() {
		if s.Parent() == StateUnknown && !s.IsComposite() {
			attrs := ""
			if s.IsTerminal() {
				attrs = " [peripheries=2]"
			}
			fmt.Fprintf(&b, "    %s%s;\n", nodeID(s), attrs)
		}
	}
	fmt.Fprintf(&b, "    start -> %s;\n", nodeID(Opened))
	for _, t := range transitions {
		from, to := t.from, t.target()
		var attrs []string
		if t.from.IsComposite() {
			from = first[t.from]
			if t.to == StateUnknown {
				to = from // A self-loop stays inside the cluster.
			} else {
				attrs = append(attrs, "ltail=cluster_"+nodeID(t.from))
			}
		}
		attrs = append(attrs, fmt.Sprintf("label=%q", t.label()))
		fmt.Fprintf(&b, "    %s -> %s [%s];\n", nodeID(from), nodeID(to), strings.Join(attrs, ", "))
	}
	b.WriteString("}\n")
	return b.String()
}
