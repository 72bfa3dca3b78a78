import Extraction

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--dump" {
    for path in arguments.dropFirst() {
        guard let text = readText(path) else { continue }
        print("=== \(path)")
        dump(text)
    }
}
