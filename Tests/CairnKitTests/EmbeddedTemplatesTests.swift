import Foundation
import Testing
@testable import CairnKit

/// The files embedded from templates/ are the repository's files, byte for byte: a built-in
/// template renders as the same file put in a plan's templates/ would.
@Suite struct EmbeddedTemplatesTests {
    @Test func everyEmbeddedFileIsTheFileItWasMadeFrom() throws {
        #expect(EmbeddedTemplates.files.count > 20)
        for (path, text) in EmbeddedTemplates.files {
            let file = try String(contentsOfFile: CairnTestPaths.packageRoot + "/templates/" + path, encoding: .utf8)
            #expect(text == file, "\(path) differs from templates/\(path)")
        }
    }
}
