/// The catalog of roles and skills embedded in the binary from templates/catalog/.
public enum BuiltInCatalog {
    /// Display prefix of built-in files in diagnostics.
    public static let prefix = "<built-in>/"

    /// The built-in taxonomy's file.
    public static var skillsFile: SourceFile? {
        EmbeddedTemplates.files["catalog/skills.yml"].map { SourceFile(path: prefix + "catalog/skills.yml", text: $0) }
    }

    /// The built-in role files, sorted by path.
    public static var roleFiles: [SourceFile] {
        EmbeddedTemplates.files.keys.filter { $0.hasPrefix("catalog/roles/") && $0.hasSuffix(".md") }.sorted()
            .map { SourceFile(path: prefix + $0, text: EmbeddedTemplates.files[$0]!) }
    }
}

/// Files embedded from templates/: the init scaffold, report templates, the catalog.
public enum Templates {
    /// Paths and texts of the embedded files under `folder` (for example "init/"), paths relative to it.
    public static func files(under folder: String) -> [(path: String, text: String)] {
        EmbeddedTemplates.files.keys.filter { $0.hasPrefix(folder) }.sorted()
            .map { (String($0.dropFirst(folder.count)), EmbeddedTemplates.files[$0]!) }
    }
}
