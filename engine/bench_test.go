package engine

import (
	"os"
	"testing"
	"time"
)

func benchScript(b *testing.B, name, src string) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		res := Run(File{Name: name, Text: src}, Options{})
		if res.Exception != nil {
			b.Fatal(res.Exception.Message)
		}
	}
}

// BenchmarkSeed is the seed question's whole script: DDL, inserts, counts, delete.
func BenchmarkSeed(b *testing.B) {
	src, err := os.ReadFile("testdata/cases/seedq_py2_verbatim.py")
	if err != nil {
		b.Fatal(err)
	}
	benchScript(b, "seed.py", string(src))
}

// Tree1000 builds 10 authors x 10 books x 9 chapters (1,010 rows) and deletes
// one author through a three-level ORM cascade.
const Tree1000 = `from sqlalchemy import Column, Integer, String, ForeignKey, create_engine
from sqlalchemy.orm import relationship, sessionmaker, declarative_base
Base = declarative_base()
class Author(Base):
    __tablename__ = "author"
    id = Column(Integer, primary_key=True)
    books = relationship("Book", cascade="all, delete-orphan", backref="author")
class Book(Base):
    __tablename__ = "book"
    id = Column(Integer, primary_key=True)
    author_id = Column(Integer, ForeignKey("author.id"))
    chapters = relationship("Chapter", cascade="all, delete-orphan", backref="book")
class Chapter(Base):
    __tablename__ = "chapter"
    id = Column(Integer, primary_key=True)
    title = Column(String(20))
    book_id = Column(Integer, ForeignKey("book.id"))
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
Session = sessionmaker(bind=engine)
s = Session()
for a in range(10):
    s.add(Author(books=[Book(chapters=[Chapter(title="c%d" % c) for c in range(9)]) for b in range(10)]))
s.commit()
s.close()
s = Session()
s.delete(s.get(Author, 1))
s.commit()
print(s.query(Chapter).count())
`

func BenchmarkTree1000(b *testing.B) { benchScript(b, "tree.py", Tree1000) }

func TestTree1000(t *testing.T) {
	res := Run(File{Name: "tree.py", Text: Tree1000}, Options{})
	if res.Exception != nil || res.Stdout != "810\n" {
		t.Fatalf("exception %v, stdout %q", res.Exception, res.Stdout)
	}
}

// BenchmarkSpares runs the seed models' matrix in pairs, interleaved: one
// whose runs build their own modules and databases, one whose runs take
// spares Prepare built before it (untimed, as the page's worker builds them
// between calls). It reports each one's time per matrix.
func BenchmarkSpares(b *testing.B) {
	src, err := os.ReadFile("../web/examples/seed.py")
	if err != nil {
		b.Fatal(err)
	}
	f := File{Name: "seed.py", Text: string(src)}
	Variants(f, VariantOptions{}) // the pools learn what a matrix takes
	var built, spared time.Duration
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		Variants(f, VariantOptions{})
		built += time.Since(t0)
		b.StopTimer()
		prepare()
		b.StartTimer()
		t0 = time.Now()
		Variants(f, VariantOptions{})
		spared += time.Since(t0)
	}
	b.ReportMetric(float64(built.Microseconds())/float64(b.N)/1000, "built-ms/matrix")
	b.ReportMetric(float64(spared.Microseconds())/float64(b.N)/1000, "spared-ms/matrix")
}
