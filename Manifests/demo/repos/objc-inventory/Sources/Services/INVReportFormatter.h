//
//  INVReportFormatter.h
//  Inventory
//
//  Renders warehouse contents as plain text or CSV.
//

#import <Foundation/Foundation.h>

@class INVWarehouse;
@class INVItem;

typedef enum INVReportStyle : NSUInteger {
    INVReportStylePlain = 0,
    INVReportStyleCSV = 1,
} INVReportStyle;

/// Options controlling which rows and columns are emitted.
typedef struct INVReportOptions {
    INVReportStyle style;
    BOOL includeOutOfStock;
    BOOL groupByCategory;
} INVReportOptions;

/// Default options: plain text, all items, no grouping.
FOUNDATION_EXPORT const INVReportOptions INVReportOptionsDefault;

@interface INVReportFormatter : NSObject

@property (nonatomic, assign) INVReportOptions options;
@property (nonatomic, strong) NSLocale *locale;

- (instancetype)initWithOptions:(INVReportOptions)options;

- (NSString *)reportForWarehouse:(INVWarehouse *)warehouse;
- (NSString *)lineForItem:(INVItem *)item;

@end

@interface INVItem (INVReporting)
/// Short "SKU x quantity" label used in logs and reports.
@property (nonatomic, readonly) NSString *inv_shortLabel;
@end
