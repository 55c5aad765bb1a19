//
//  INVErrors.h
//  Inventory
//
//  Error domain and codes shared by every inventory component.
//

#import <Foundation/Foundation.h>

/// Domain of every NSError produced by the inventory library.
FOUNDATION_EXPORT NSErrorDomain const INVErrorDomain;

/// userInfo key holding the SKU an error refers to.
FOUNDATION_EXPORT NSString *const INVErrorSKUKey;

/// Error codes in INVErrorDomain.
typedef enum INVErrorCode : NSInteger {
    INVErrorUnknown = 0,
    INVErrorInvalidSKU = 100,
    INVErrorDuplicateItem = 101,
    INVErrorItemNotFound = 102,
    INVErrorInsufficientStock = 200,
    INVErrorCapacityExceeded = 201,
    INVErrorMalformedRecord = 300,
} INVErrorCode;

/// Builds an NSError in INVErrorDomain with a localized description.
FOUNDATION_EXPORT NSError *INVMakeError(INVErrorCode code, NSString *_Nullable sku, NSString *description);

/// Returns YES when `error` belongs to INVErrorDomain and has the given code.
static inline BOOL INVErrorIs(NSError *_Nullable error, INVErrorCode code) {
    return error != nil && [error.domain isEqualToString:INVErrorDomain] && error.code == code;
}
