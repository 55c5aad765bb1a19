//
//  INVErrors.m
//  Inventory
//

#import "INVErrors.h"

NSErrorDomain const INVErrorDomain = @"com.example.inventory";
NSString *const INVErrorSKUKey = @"INVErrorSKU";

#pragma mark - Helpers

static NSString *INVDefaultReason(INVErrorCode code) {
    switch (code) {
        case INVErrorInvalidSKU:
            return @"The SKU is empty or contains invalid characters.";
        case INVErrorDuplicateItem:
            return @"An item with this SKU already exists.";
        case INVErrorItemNotFound:
            return @"No item with this SKU exists.";
        case INVErrorInsufficientStock:
            return @"Not enough units are in stock.";
        case INVErrorCapacityExceeded:
            return @"The warehouse has no room for these units.";
        case INVErrorMalformedRecord:
            return @"The record could not be parsed.";
        case INVErrorUnknown:
        default:
            return @"An unknown inventory error occurred.";
    }
}

NSError *INVMakeError(INVErrorCode code, NSString *_Nullable sku, NSString *description) {
    NSMutableDictionary<NSErrorUserInfoKey, id> *info = [NSMutableDictionary dictionary];
    info[NSLocalizedDescriptionKey] = description;
    info[NSLocalizedFailureReasonErrorKey] = INVDefaultReason(code);
    if (sku.length > 0) {
        info[INVErrorSKUKey] = [sku copy];
    }
    return [NSError errorWithDomain:INVErrorDomain code:code userInfo:[info copy]];
}
