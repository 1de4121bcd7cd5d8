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
    /// The file's line directives, in order, once its lexer found them.
    bases: std::sync::OnceLock<Vec<LineBase>>,
}

/// Where a line directive (`//line file:line[:col]`) puts the source from byte offset `at`
/// on: the character at `at` is at `line` and column `col` (0: unknown) of `file` (None:
/// the file itself) — gc's `PosBase`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineBase {
    pub at: u32,
    pub file: Option<String>,
    pub line: u32,
    pub col: u32,
}

/// A position as a line directive reports it (gc's `RelFilename`, `RelLine`, `RelCol`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RelPos<'a> {
    /// The directive's file name, if a directive applies (it may be empty).
    pub directive_file: Option<&'a str>,
    pub line: u32,
    /// 0 when unknown (after a directive without a column, past its own line... as gc).
    pub col: u32,
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
            bases: std::sync::OnceLock::new(),
        }
    }

    /// 1-based line and byte column of a byte offset.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let line = self.line_starts.partition_point(|&s| s <= offset).max(1) - 1;
        (line as u32 + 1, offset - self.line_starts[line] + 1)
    }

    /// Records the file's line directives (in order of `at`); the first call wins (a file
    /// may be lexed more than once, always with the same directives).
    pub fn set_line_bases(&self, bases: Vec<LineBase>) {
        let _ = self.bases.set(bases);
    }

    /// The position of byte `offset` as the line directives before it report it: the last
    /// one's line plus the lines since, its column plus the columns since on its own line
    /// (unknown past it, when it had one); the plain line and column without a directive.
    pub fn rel(&self, offset: u32) -> RelPos<'_> {
        let (line, col) = self.line_col(offset);
        let bases = self.bases.get().map_or(&[][..], Vec::as_slice);
        let Some(b) = bases[..bases.partition_point(|b| b.at <= offset)].last() else {
            return RelPos {
                directive_file: None,
                line,
                col,
            };
        };
        let (at_line, at_col) = self.line_col(b.at);
        let col = match (b.col, line == at_line) {
            (0, _) => 0,
            (c, true) => c + (col - at_col),
            (_, false) => col,
        };
        RelPos {
            directive_file: b.file.as_deref(),
            line: b.line + (line - at_line),
            col,
        }
    }
}

/// A slash-separated path cleaned lexically, as Go's `filepath.Clean` does on Unix: repeated
/// and trailing slashes and `.` elements dropped, `..` after a name removes it (and at the
/// root stays there).
pub fn clean_path(path: &str) -> String {
    let rooted = path.starts_with('/');
    let mut out: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." if out.last().is_some_and(|&p| p != "..") => {
                out.pop();
            }
            ".." if rooted => {}
            part => out.push(part),
        }
    }
    match (rooted, out.is_empty()) {
        (true, _) => format!("/{}", out.join("/")),
        (false, true) => ".".to_string(),
        (false, false) => out.join("/"),
    }
}

/// The file a line directive names, as gc's object files record it (`objabi.AbsFile`): a
/// relative name is taken from the directory of `own` (the file the directive is in, as
/// named there), and an empty one is `??`.
pub fn directive_path(own: &str, directive: &str) -> String {
    match directive {
        "" => "??".to_string(),
        d if d.starts_with('/') => d.to_string(),
        d => {
            let dir = own.rsplit_once('/').map_or(".", |(dir, _)| dir);
            clean_path(&format!("{dir}/{d}"))
        }
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
        let rel = file.rel(span.lo);
        let name = rel.directive_file.unwrap_or(&file.name);
        let line = rel.line.min(LINE_MAX);
        // gc prints no column it does not know (after a line directive without one).
        if rel.col == 0 || rel.col >= COL_MAX {
            return format!("{name}:{line}");
        }
        format!("{name}:{line}:{}", rel.col)
    }

    /// [`SourceMap::position`] as gc's `-m` remarks print it: a line directive's empty file
    /// name is `??` there (its diagnostics print it empty).
    pub fn remark_position(&self, span: Span) -> String {
        let at = self.position(span);
        match self.directive_file(span) {
            Some("") => format!("??{at}"),
            _ => at,
        }
    }

    /// The 1-based line of a span's start (as line directives report it).
    pub fn line(&self, span: Span) -> u32 {
        self.file(span.file).rel(span.lo).line
    }

    /// The file name a line directive gives a span's start, if one applies.
    pub fn directive_file(&self, span: Span) -> Option<&str> {
        self.file(span.file).rel(span.lo).directive_file
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
    fn line_directives_move_positions_as_gc_bases() {
        let mut map = SourceMap::default();
        let text = "package main\n//line a.go:10\nx\n  y /*line :20:5*/z w\nv\n";
        let f = map.add("m.go", text);
        let at = |s: &str| text.find(s).unwrap() as u32;
        map.file(f).set_line_bases(vec![
            LineBase {
                at: at("x"),
                file: Some("a.go".into()),
                line: 10,
                col: 0,
            },
            LineBase {
                at: at("z"),
                file: Some("a.go".into()),
                line: 20,
                col: 5,
            },
        ]);
        let pos = |s: &str| map.position(Span::new(f, at(s), at(s)));
        assert_eq!(pos("package"), "m.go:1:1");
        // No column given: none known.
        assert_eq!(pos("x"), "a.go:10");
        assert_eq!(pos("y"), "a.go:11");
        // A column given: counted from it on its line, the plain column on later ones.
        assert_eq!(pos("z"), "a.go:20:5");
        assert_eq!(pos("w"), "a.go:20:7");
        assert_eq!(pos("v"), "a.go:21:1");
        assert_eq!(map.line(Span::new(f, at("v"), at("v"))), 21);
    }

    #[test]
    fn directive_paths_are_made_absolute_as_gc_records_them() {
        assert_eq!(directive_path("/src/m/main.go", "a.go"), "/src/m/a.go");
        assert_eq!(
            directive_path("/src/m/main.go", "../x/./b.go"),
            "/src/x/b.go"
        );
        assert_eq!(directive_path("/src/m/main.go", "/abs/c.go"), "/abs/c.go");
        assert_eq!(directive_path("/src/m/main.go", ""), "??");
        assert_eq!(clean_path("/a/../../b//c/"), "/b/c");
        assert_eq!(clean_path("x/.."), ".");
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
