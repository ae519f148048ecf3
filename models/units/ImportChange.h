#pragma once

// What importing one row would do to what is stored; shown in the preview before anything
// is written.
enum class ImportChange { Added, Updated, Unchanged };
