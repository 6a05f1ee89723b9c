package variant

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"cascadelab/engine/internal/script"
)

func benchMatrix(b *testing.B, f script.File, o Options) {
	for i := 0; i < b.N; i++ {
		m := Run(f, o)
		if m.Error != nil {
			b.Fatal(m.Error.Msg)
		}
	}
}

// BenchmarkSeedMatrix is the whole matrix for the seed question's models:
// twelve variants, each on a fresh database.
func BenchmarkSeedMatrix(b *testing.B) {
	src, err := os.ReadFile("../../../web/examples/seed.py")
	if err != nil {
		b.Fatal(err)
	}
	benchMatrix(b, script.File{Name: "seed.py", Text: string(src)}, Options{})
}

// wideModel is a root with tables-1 tables below it: three chains four
// tables deep, the rest leaves of the root.
func wideModel(tables int) string {
	var b strings.Builder
	b.WriteString("from sqlalchemy import Column, ForeignKey, Integer, String\nfrom sqlalchemy.orm import declarative_base, relationship\n\nBase = declarative_base()\n\n")
	b.WriteString("class T0(Base):\n    __tablename__ = \"t0\"\n    id = Column(Integer, primary_key=True)\n    name = Column(String(30))\n\n")
	for i := 1; i < tables; i++ {
		parent := 0
		if i > 3 && i <= 12 {
			parent = i - 3
		}
		fmt.Fprintf(&b, "class T%d(Base):\n    __tablename__ = \"t%d\"\n    id = Column(Integer, primary_key=True)\n    name = Column(String(30))\n    parent_id = Column(Integer, ForeignKey(\"t%d.id\"))\n    parent = relationship(\"T%d\", backref=\"t%d_children\")\n\n", i, i, parent, parent, i)
	}
	return b.String()
}

// BenchmarkWideMatrix is the matrix of a 20-table model: five children per
// relationship, five levels, about 5,000 rows per variant.
func BenchmarkWideMatrix(b *testing.B) {
	f := script.File{Name: "wide.py", Text: wideModel(20)}
	m := Run(f, Options{Children: 5, Depth: 5})
	if m.Error != nil {
		b.Fatal(m.Error.Msg)
	}
	rows := 0
	for _, c := range m.Variants[0].Counts {
		rows += c.Before
	}
	b.ReportMetric(float64(rows), "rows/variant")
	b.ResetTimer()
	benchMatrix(b, f, Options{Children: 5, Depth: 5})
}
