//
//  INVInventoryServiceTests.m
//  InventoryTests
//

#import <XCTest/XCTest.h>

#import "INVErrors.h"
#import "INVInventoryService.h"
#import "INVItem.h"
#import "INVReportFormatter.h"
#import "INVWarehouse.h"

@interface INVRecordingObserver : NSObject <INVStockObserver>
@property (nonatomic, strong) NSMutableArray<NSString *> *events;
@end

@implementation INVRecordingObserver

- (instancetype)init {
    if ((self = [super init])) {
        _events = [NSMutableArray array];
    }
    return self;
}

- (void)inventoryService:(INVInventoryService *)service
           didAdjustItem:(INVItem *)item
                   delta:(NSInteger)delta
             inWarehouse:(INVWarehouse *)warehouse {
    [self.events addObject:[NSString stringWithFormat:@"%@:%+ld@%@", item.sku, (long)delta, warehouse.identifier]];
}

- (void)inventoryService:(INVInventoryService *)service itemIsRunningLow:(INVItem *)item {
    [self.events addObject:[@"low:" stringByAppendingString:item.sku]];
}

@end

@interface INVInventoryServiceTests : XCTestCase
@property (nonatomic, strong) INVInventoryService *service;
@property (nonatomic, strong) INVRecordingObserver *observer;
@end

@implementation INVInventoryServiceTests

- (void)setUp {
    [super setUp];
    self.service = [[INVInventoryService alloc] init];
    self.observer = [[INVRecordingObserver alloc] init];
    [self.service addObserver:self.observer];
    [self.service addWarehouse:[[INVWarehouse alloc] initWithIdentifier:@"north" capacity:100]];
    [self.service addWarehouse:[[INVWarehouse alloc] initWithIdentifier:@"south" capacity:10]];

    INVItem *bolt = [[INVItem alloc] initWithSKU:@"B-100"
                                            name:@"Hex bolt, M6"
                                        category:INVCategoryHardware
                                       unitPrice:[NSDecimalNumber decimalNumberWithString:@"0.25"]];
    bolt.quantity = 40;
    XCTAssertTrue([[self.service warehouseWithIdentifier:@"north"] addItem:bolt error:NULL]);
    XCTAssertFalse([[self.service warehouseWithIdentifier:@"south"] addItem:[bolt copy] error:NULL]);
}

- (void)testAdjustNotifiesObservers {
    NSError *error = nil;
    XCTAssertTrue([self.service adjustSKU:@"B-100" by:-37 inWarehouse:@"north" error:&error]);
    XCTAssertNil(error);
    NSArray *expected = @[@"B-100:-37@north", @"low:B-100"];
    XCTAssertEqualObjects(self.observer.events, expected);
}

- (void)testInsufficientStockFails {
    NSError *error = nil;
    BOOL ok = [self.service adjustSKU:@"B-100" by:-41 inWarehouse:@"north" error:&error];
    XCTAssertFalse(ok);
    XCTAssertTrue(INVErrorIs(error, INVErrorInsufficientStock));
    XCTAssertEqualObjects(error.userInfo[INVErrorSKUKey], @"B-100");
}

- (void)testImportAndReport {
    XCTestExpectation *done = [self expectationWithDescription:@"import finished"];
    NSArray *records = @[
        @{@"sku": @"C-7", @"name": @"Cable, 2m", @"category": @(INVCategoryElectronics), @"quantity": @3,
          @"price": @4.5},
        @{@"name": @"missing sku"},
    ];
    [self.service importRecords:records intoWarehouse:@"north" completion:^(NSUInteger imported, NSArray *errors) {
        XCTAssertEqual(imported, (NSUInteger)1);
        XCTAssertEqual(errors.count, (NSUInteger)1);
        [done fulfill];
    }];
    [self waitForExpectationsWithTimeout:2.0 handler:nil];

    INVReportOptions options = { .style = INVReportStyleCSV, .includeOutOfStock = YES, .groupByCategory = YES };
    INVReportFormatter *formatter = [[INVReportFormatter alloc] initWithOptions:options];
    NSString *report = [formatter reportForWarehouse:[self.service warehouseWithIdentifier:@"north"]];
    XCTAssertTrue([report hasPrefix:@"sku,name,category,quantity,value\n"]);
    XCTAssertTrue([report containsString:@"\"Hex bolt, M6\""]);
}

@end
