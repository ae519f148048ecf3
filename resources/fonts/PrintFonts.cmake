# Liberation Serif (Times New Roman metrics, full Vietnamese coverage) for printed
# documents, embedded into TARGET at build time from the Debian package fonts-liberation2.
# The TTF files are not kept in the repository: see README.md for their licence.
set(CONTEST_PRINT_FONT_DIR "/usr/share/fonts/truetype/liberation2" CACHE PATH
    "Folder holding LiberationSerif-{Regular,Bold,Italic,BoldItalic}.ttf")

function(contest_embed_print_fonts target)
    set(files)
    foreach(style Regular Bold Italic BoldItalic)
        set(f "${CONTEST_PRINT_FONT_DIR}/LiberationSerif-${style}.ttf")
        if(NOT EXISTS "${f}")
            message(FATAL_ERROR
                "Printing needs ${f}: install the Debian package fonts-liberation2 "
                "(apt-get install fonts-liberation2) or set CONTEST_PRINT_FONT_DIR.")
        endif()
        list(APPEND files "${f}")
    endforeach()
    qt_add_resources(${target} "print_fonts"
        PREFIX "/fonts"
        BASE "${CONTEST_PRINT_FONT_DIR}"
        FILES ${files})
endfunction()
