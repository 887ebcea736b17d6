import CairnKit

/// Reads a plan's own report templates (`templates/*.mustache`) the way the plan loader
/// reads plan files: hidden names skipped, links only inside the plan, at most 1 MiB, UTF-8.
enum TemplateFolder {
    /// The templates in `plan`/templates, by file name; none when the folder is absent.
    static func read(plan directory: String, fileSystem: FileSystem = LocalFileSystem()) throws(ReportError) -> [TemplateSource] {
        let shown = PlanOptions.displayPrefix(directory) + "templates"
        guard let root = fileSystem.resolve(directory) else { return [] }
        let folder = root + "/templates"
        guard let resolvedFolder = fileSystem.resolve(folder) else { return [] }
        guard case .directory? = fileSystem.kind(resolvedFolder) else { return [] }
        guard resolvedFolder == folder || resolvedFolder.hasPrefix(root + "/") else {
            throw ReportError(at: SourceLocation(path: shown, line: 1), "templates/ leads outside the plan folder",
                              hint: "keep the plan's templates inside the plan")
        }
        let names: [String]
        do {
            names = try fileSystem.list(resolvedFolder)
        } catch {
            throw ReportError(at: SourceLocation(path: shown, line: 1), "the folder cannot be read: \(error.message)")
        }
        var sources: [TemplateSource] = []
        for name in names where !name.hasPrefix(".") && name.hasSuffix(".mustache") {
            let path = shown + "/" + name
            guard let resolved = fileSystem.resolve(resolvedFolder + "/" + name), resolved.hasPrefix(root + "/") else {
                throw ReportError(at: SourceLocation(path: path, line: 1), "the link leads outside the plan folder or nowhere",
                                  hint: "replace the link with the template file")
            }
            guard case .file(let size)? = fileSystem.kind(resolved) else { continue }
            guard size <= PlanLoader.maximumFileSize else {
                throw ReportError(at: SourceLocation(path: path, line: 1), "the template is larger than 1 MiB")
            }
            let bytes: [UInt8]
            do {
                bytes = try fileSystem.read(resolved)
            } catch {
                throw ReportError(at: SourceLocation(path: path, line: 1), "the file cannot be read: \(error.message)")
            }
            switch TextDecoding.decode(bytes) {
            case .success(let text):
                sources.append(TemplateSource(name: name, path: path, text: text))
            case .failure:
                throw ReportError(at: SourceLocation(path: path, line: 1), "the template is not UTF-8 text",
                                  hint: "save it as UTF-8")
            }
        }
        return sources
    }
}
