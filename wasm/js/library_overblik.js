// JS side of the browser platform (persistence, clipboard, automation bridge). Filled by wasm/.
mergeInto(LibraryManager.library, {});
