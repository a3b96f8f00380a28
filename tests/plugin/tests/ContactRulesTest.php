<?php
/**
 * ContactRules::decide(): what one recipient does to a contact.
 */

declare(strict_types=1);

namespace QuillCRM\Tests\Plugin;

use PHPUnit\Framework\TestCase;
use QuillCRM\Bounce\ContactRules;

final class ContactRulesTest extends TestCase {
	private const THRESHOLD = 3;

	private static function decide( string $status, int $soft, string $class ): array {
		return ContactRules::decide( array( 'status' => $status, 'soft_bounce_count' => $soft ), $class, self::THRESHOLD );
	}

	public function testHardBounceMarksASubscribedContactBouncedAtOnce(): void {
		$this->assertSame(
			array( 'result' => 'hard_bounced', 'status' => 'bounced', 'soft_bounce_count' => 1, 'actions' => array( 'hard_bounced' ) ),
			self::decide( 'subscribed', 1, 'hard' )
		);
	}

	public function testSoftBounceBelowTheThresholdCountsOne(): void {
		$this->assertSame(
			array( 'result' => 'soft_bounced', 'status' => 'subscribed', 'soft_bounce_count' => 2, 'actions' => array( 'soft_bounced' ) ),
			self::decide( 'subscribed', 1, 'soft' )
		);
	}

	public function testSoftBounceReachingTheThresholdMarksBounced(): void {
		$this->assertSame(
			array( 'result' => 'soft_converted_to_hard', 'status' => 'bounced', 'soft_bounce_count' => 3, 'actions' => array( 'soft_bounced', 'soft_converted_to_hard' ) ),
			self::decide( 'subscribed', 2, 'soft' )
		);
	}

	public function testThresholdOfOneMakesTheFirstSoftBounceHard(): void {
		$decision = ContactRules::decide( array( 'status' => 'subscribed', 'soft_bounce_count' => 0 ), 'soft', 1 );

		$this->assertSame( array( 'soft_converted_to_hard', 'bounced', 1 ), array( $decision['result'], $decision['status'], $decision['soft_bounce_count'] ) );
	}

	public function testDeliveryResetsTheSoftCount(): void {
		$this->assertSame(
			array( 'result' => 'soft_count_reset', 'status' => 'subscribed', 'soft_bounce_count' => 0, 'actions' => array() ),
			self::decide( 'subscribed', 2, 'delivery' )
		);
	}

	public function testDeliveryWithNoSoftCountChangesNothing(): void {
		$this->assertSame( 'unchanged', self::decide( 'subscribed', 0, 'delivery' )['result'] );
	}

	public function testComplaintMarksComplained(): void {
		$this->assertSame(
			array( 'result' => 'complained', 'status' => 'complained', 'soft_bounce_count' => 0, 'actions' => array( 'complained' ) ),
			self::decide( 'subscribed', 0, 'complaint' )
		);
	}

	public function testComplaintTurnsBouncedIntoComplained(): void {
		$this->assertSame( array( 'complained', 'complained' ), array_slice( array_values( self::decide( 'bounced', 0, 'complaint' ) ), 0, 2 ) );
	}

	public function testNothingMovesASuppressedContactBack(): void {
		foreach ( array( 'bounced', 'complained' ) as $status ) {
			foreach ( array( 'hard', 'soft', 'delivery' ) as $class ) {
				$this->assertSame(
					array( 'result' => 'unchanged', 'status' => $status, 'soft_bounce_count' => 2, 'actions' => array() ),
					self::decide( $status, 2, $class ),
					"$class on a $status contact"
				);
			}
		}
		$this->assertSame( 'unchanged', self::decide( 'complained', 0, 'complaint' )['result'] );
	}

	public function testAnUnknownClassChangesNothing(): void {
		$this->assertSame( 'unchanged', self::decide( 'subscribed', 1, 'send' )['result'] );
	}
}
