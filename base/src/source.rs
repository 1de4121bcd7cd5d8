//! Source files, byte spans and the one place where a span becomes `file.go:line:col`.
//!
//! Every AST node carries a [`Span`]: a file id and a byte range. Line and column are computed
//! only when something is printed, the way gc's `syntax.Pos` is printed: lines and columns are
//! 1-based and columns count bytes (a tab is one column).

/// Index of a file in a [`SourceMap`].
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct FileId(pub u32);

/// A byte range `lo..hi` in one file.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    pub file: FileId,
    pub lo: u32,
    pub hi: u32,
}

impl Span {
    /// No position (gc's `nopos`) in `file`: what gc gives some variables its rewrites
    /// declare, such as the `#next` of a range-over-func loop, which `-m` then names without a
    /// position. The file still says which package's code it is in.
    pub fn nowhere(file: FileId) -> Span {
        Span {
            file,
            lo: 0,
            hi: u32::MAX,
        }
    }

    /// Whether this is [`Span::nowhere`].
    pub fn is_nowhere(&self) -> bool {
        self.lo == 0 && self.hi == u32::MAX
    }

    pub fn new(file: FileId, lo: u32, hi: u32) -> Span {
        Span { file, lo, hi }
    }

    /// The smallest span covering both (same file assumed).
    pub fn to(self, other: Span) -> Span {
        Span {
            file: self.file,
            lo: self.lo.min(other.lo),
            hi: self.hi.max(other.hi),
        }
    }

    /// The empty span at the start of this one.
    pub fn start(self) -> Span {
        Span {
            file: self.file,
            lo: self.lo,
            hi: self.lo,
        }
    }
}

pub struct SourceFile {
    /// The path as the user gave it; diagnostics print it unchanged.
    pub name: String,
    pub text: String,
    line_starts: Vec<u32>,
}

impl SourceFile {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> SourceFile {
        let text = text.into();
        let mut line_starts = vec![0];
        line_starts.extend(
            text.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i as u32 + 1),
        );
        SourceFile {
            name: name.into(),
            text,
            line_starts,
        }
    }

    /// 1-based line and byte column of a byte offset.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let line = self.line_starts.partition_point(|&s| s <= offset).max(1) - 1;
        (line as u32 + 1, offset - self.line_starts[line] + 1)
    }
}

#[derive(Default)]
pub struct SourceMap {
    pub files: Vec<SourceFile>,
}

impl SourceMap {
    pub fn add(&mut self, name: impl Into<String>, text: impl Into<String>) -> FileId {
        self.files.push(SourceFile::new(name, text));
        FileId(self.files.len() as u32 - 1)
    }

    pub fn file(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    /// `file.go:line:col`, as gc prints a position.
    ///
    /// gc packs a position's line into 20 bits and its column into 8 (cmd/internal/src's
    /// `lico`): a line past 1,048,574 prints as that line, and a column of 255 or more is
    /// not printed at all (`a.go:3: …`).
    pub fn position(&self, span: Span) -> String {
        if span.is_nowhere() {
            return String::new();
        }
        const LINE_MAX: u32 = (1 << 20) - 2;
        const COL_MAX: u32 = (1 << 8) - 1;
        let file = self.file(span.file);
        let (line, col) = file.line_col(span.lo);
        let line = line.min(LINE_MAX);
        if col >= COL_MAX {
            return format!("{}:{}", file.name, line);
        }
        format!("{}:{}:{}", file.name, line, col)
    }

    /// The 1-based line of a span's start.
    pub fn line(&self, span: Span) -> u32 {
        self.file(span.file).line_col(span.lo).0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_are_one_based_bytes() {
        let mut map = SourceMap::default();
        let f = map.add("a.go", "package main\n\tvar x\n");
        assert_eq!(map.position(Span::new(f, 0, 1)), "a.go:1:1");
        assert_eq!(map.position(Span::new(f, 14, 15)), "a.go:2:2");
        assert_eq!(map.position(Span::new(f, 13, 13)), "a.go:2:1");
    }

    #[test]
    fn columns_from_255_are_not_printed_as_in_gc() {
        let mut map = SourceMap::default();
        let line = format!("package main\n{}x\n", " ".repeat(300));
        let f = map.add("a.go", &line);
        assert_eq!(map.position(Span::new(f, 13 + 253, 13 + 253)), "a.go:2:254");
        assert_eq!(map.position(Span::new(f, 13 + 254, 13 + 254)), "a.go:2");
        assert_eq!(map.position(Span::new(f, 13 + 300, 13 + 300)), "a.go:2");
    }
}
