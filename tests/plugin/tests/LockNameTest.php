<?php
/**
 * Schema::lock_name_for(): one named lock per site, whatever else shares
 * the MariaDB server (its named locks are server-wide).
 */

declare(strict_types=1);

namespace QuillCRM\Tests\Plugin;

use PHPUnit\Framework\TestCase;
use QuillCRM\Bounce\Schema;

final class LockNameTest extends TestCase {
	public function testTwoSitesInTwoDatabasesWithOnePrefixHaveTwoLocks(): void {
		$this->assertNotSame(
			Schema::lock_name_for( 'production', 'wp_', 'drain', 'web-1|default' ),
			Schema::lock_name_for( 'staging', 'wp_', 'drain', 'web-1|default' )
		);
	}

	public function testTwoSitesInOneDatabaseWithTwoPrefixesHaveTwoLocks(): void {
		$this->assertNotSame(
			Schema::lock_name_for( 'wordpress', 'wp_', 'bounce_upgrade', '' ),
			Schema::lock_name_for( 'wordpress', 'wp2_', 'bounce_upgrade', '' )
		);
	}

	public function testALockNameFitsMariaDbsSixtyFourCharacters(): void {
		$this->assertLessThanOrEqual( 64, strlen( Schema::lock_name_for( str_repeat( 'd', 64 ), str_repeat( 'p', 64 ), str_repeat( 'x', 80 ), str_repeat( 's', 300 ) ) ) );
	}
}
