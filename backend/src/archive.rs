//! The library archive's summary: what the program's object must know of the standard
//! library's object compiled once and cached (see `Unit` in `lib.rs`).
//!
//! The library's object defines its functions, package variables and init tasks; the
//! program's object defines the rest — its own functions, the type-data blob, the function
//! table, the init schedule — and so needs from the library's compilation:
//!
//! * every library function's `runtime.functab` record (name, code size, flags, the resume
//!   point of a defer frame, file and line table), written into the program's table against
//!   the library object's symbol;
//! * every symbol the library's code and data refer to that the program's object defines:
//!   type descriptors (`type:T`, by descriptor name), itabs (`go:itab.T,I`, by the two
//!   descriptor names) and, should there be any, other symbols (checked to exist).
//!
//! It is stored next to the object as text, one record per line, fields separated by tabs
//! (no symbol name, file name or type string holds a tab or a newline):
//!
//! ```text
//! gocrane-library-summary 1
//! func <symbol> <name> <size> <flags> <handler> <frame_offset> <file> <offset:line,…>
//! type <descriptor symbol>
//! itab <concrete descriptor symbol> <interface descriptor symbol>
//! symbol <name>
//! ```

/// What the program's object needs of a library archive (see the module doc).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LibrarySummary {
    pub funcs: Vec<ArchivedFunc>,
    pub needs: Vec<Need>,
}

/// A library function's `runtime.functab` record, against its symbol in the library object.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArchivedFunc {
    /// The code's symbol (`fmt.Println`, or `fmt.f·body` for the body of a function with
    /// defers).
    pub symbol: String,
    pub fields: crate::RecordFields,
}

/// A symbol the library object refers to that the program's object must define.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Need {
    /// A type descriptor, by its symbol (`type:*fmt.pp`).
    Type(String),
    /// The itab of a concrete type for an interface, by their descriptors' symbols.
    Itab(String, String),
    /// Any other symbol (a function or variable of the program's object).
    Symbol(String),
}

const MAGIC: &str = "gocrane-library-summary 1";

impl LibrarySummary {
    pub fn to_text(&self) -> String {
        let mut out = format!("{MAGIC}\n");
        for ArchivedFunc { symbol, fields: f } in &self.funcs {
            let lines: Vec<String> = f.lines.iter().map(|(o, l)| format!("{o}:{l}")).collect();
            out.push_str(&format!(
                "func\t{symbol}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n",
                f.name,
                f.size,
                f.flags,
                f.handler,
                f.frame_offset,
                f.file,
                lines.join(",")
            ));
        }
        for n in &self.needs {
            match n {
                Need::Type(t) => out.push_str(&format!("type\t{t}\n")),
                Need::Itab(c, i) => out.push_str(&format!("itab\t{c}\t{i}\n")),
                Need::Symbol(s) => out.push_str(&format!("symbol\t{s}\n")),
            }
        }
        out
    }

    /// The summary `text` holds; None if it is not one (another version's, or damaged).
    pub fn from_text(text: &str) -> Option<LibrarySummary> {
        let mut lines = text.lines();
        if lines.next()? != MAGIC {
            return None;
        }
        let mut s = LibrarySummary::default();
        for line in lines {
            let fields: Vec<&str> = line.split('\t').collect();
            match fields.as_slice() {
                ["func", symbol, name, size, flags, handler, frame_offset, file, table] => {
                    let mut lines = Vec::new();
                    for pair in table.split(',').filter(|p| !p.is_empty()) {
                        let (o, l) = pair.split_once(':')?;
                        lines.push((o.parse().ok()?, l.parse().ok()?));
                    }
                    s.funcs.push(ArchivedFunc {
                        symbol: symbol.to_string(),
                        fields: crate::RecordFields {
                            name: name.to_string(),
                            size: size.parse().ok()?,
                            flags: flags.parse().ok()?,
                            handler: handler.parse().ok()?,
                            frame_offset: frame_offset.parse().ok()?,
                            file: file.to_string(),
                            lines,
                        },
                    });
                }
                ["type", t] => s.needs.push(Need::Type(t.to_string())),
                ["itab", c, i] => s.needs.push(Need::Itab(c.to_string(), i.to_string())),
                ["symbol", n] => s.needs.push(Need::Symbol(n.to_string())),
                _ => return None,
            }
        }
        Some(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summaries_read_back_as_written() {
        let s = LibrarySummary {
            funcs: vec![ArchivedFunc {
                symbol: "fmt.f·body".into(),
                fields: crate::RecordFields {
                    name: "fmt.f".into(),
                    size: 120,
                    flags: 2,
                    handler: 40,
                    frame_offset: 16,
                    file: "$GOROOT/src/fmt/print.go".into(),
                    lines: vec![(0, 10), (12, 11)],
                },
            }],
            needs: vec![
                Need::Type("type:struct { X int \"json:\\\"x\\\"\" }".into()),
                Need::Itab("type:*os.File".into(), "type:io.Writer".into()),
                Need::Symbol("fmt.(*pp).Write".into()),
            ],
        };
        assert_eq!(LibrarySummary::from_text(&s.to_text()), Some(s));
        assert_eq!(
            LibrarySummary::from_text("gocrane-library-summary 0\n"),
            None
        );
    }
}
