#pragma once

#include <QString>

// Numbers read out in Vietnamese, as award lists write amounts "Bằng chữ".
//
// Reading choices (both forms are correct Vietnamese; these are the ones used in
// financial documents of the North and by most accounting software):
// - a zero tens digit before a units digit reads "linh" (105: "một trăm linh năm"),
//   not "lẻ";
// - 1 after a tens digit of 2..9 reads "mốt" (21), 4 reads "tư" (24), 5 reads "lăm"
//   (15, 25); after "linh" and "mười" 4 stays "bốn" (104, 14);
// - a group after a higher non-zero group keeps its zero hundreds ("không trăm"):
//   1.005.000 is "một triệu không trăm linh năm nghìn";
// - groups of three digits are nghìn, triệu, tỷ; above a tỷ the reading repeats
//   (1.000.000.000.000 is "một nghìn tỷ").
namespace VietnameseNumber {
// 11500000 -> "mười một triệu năm trăm nghìn" (lower case; 0 -> "không").
QString toWords(qint64 value);
// 11500000 -> "Mười một triệu năm trăm nghìn đồng"
QString amountInWords(qint64 amount);
} // namespace VietnameseNumber
