<?php
/**
 * ContactRules::decide(): what one recipient's event does to a contact.
 */

declare(strict_types=1);

namespace QuillCRM\Tests\Plugin;

use PHPUnit\Framework\TestCase;
use QuillCRM\Bounce\ContactRules;

final class ContactRulesTest extends TestCase {
	private const NOW = 1_800_000_000; // Unix seconds (settings['now']).
	private const DAY = 86400;
	/** Send times are Unix milliseconds: T is NOW; S a second. */
	private const T = self::NOW * 1000;
	private const S = 1000;

	/** A contact; `$soft` lists the send times of its counted soft bounces. */
	private static function contact( string $status = 'subscribed', array $soft = array(), ?int $last_delivery = null, ?int $count = null ): array {
		return array(
			'status'                => $status,
			'soft_bounce_count'     => $count ?? count( $soft ),
			'soft_sent_at'          => $soft,
			'last_delivery_sent_at' => $last_delivery,
		);
	}

	private static function decide( array $contact, string $effect, int $sent_at = self::T, array $settings = array() ): array {
		return ContactRules::decide(
			$contact,
			array(
				'effect'  => $effect,
				'sent_at' => $sent_at,
				'reason'  => 'Type/SubType',
			),
			$settings + array(
				'threshold'        => 3,
				'window_days'      => 0,
				'now'              => self::NOW,
				'complaint_action' => 'complained',
			)
		);
	}

	public function testHardMarksASubscribedContactBouncedAtOnceWithItsReason(): void {
		$decision = self::decide( self::contact(), 'hard' );

		$this->assertSame( array( 'hard_bounced', 'bounced', 'Type/SubType', array( 'hard_bounced' ) ), array( $decision['result'], $decision['status'], $decision['bounce_reason'], $decision['actions'] ) );
	}

	public function testSoftBelowTheThresholdCountsOne(): void {
		$decision = self::decide( self::contact( 'subscribed', array( self::T - 60 * self::S ) ), 'soft' );

		$this->assertSame( array( 'soft_bounced', 'subscribed', 2, array( 'soft_bounced' ) ), array( $decision['result'], $decision['status'], $decision['soft_bounce_count'], $decision['actions'] ) );
		$this->assertSame( array( self::T - 60 * self::S, self::T ), $decision['soft_sent_at'] );
	}

	public function testSoftReachingTheThresholdMarksBouncedBySoftBounces(): void {
		$decision = self::decide( self::contact( 'subscribed', array( self::T - 120 * self::S, self::T - 60 * self::S ) ), 'soft' );

		$this->assertSame( array( 'soft_converted_to_hard', 'bounced', 3, 'soft_threshold' ), array( $decision['result'], $decision['status'], $decision['soft_bounce_count'], $decision['bounce_reason'] ) );
		$this->assertSame( array( 'soft_bounced', 'soft_converted_to_hard' ), $decision['actions'] );
	}

	public function testASoftBounceOfAMailSentBeforeTheLastDeliveredOneDoesNotCount(): void {
		$decision = self::decide( self::contact( 'subscribed', array(), self::T - 60 * self::S ), 'soft', self::T - 3600 * self::S );

		$this->assertSame( array( 'superseded', 0 ), array( $decision['result'], $decision['soft_bounce_count'] ) );
	}

	public function testADeliveryResetsTheSoftBouncesOfEarlierMails(): void {
		$decision = self::decide( self::contact( 'subscribed', array( self::T - 120 * self::S, self::T - 60 * self::S ) ), 'delivery', self::T - 30 * self::S );

		$this->assertSame( array( 'soft_count_reset', 0, self::T - 30 * self::S ), array( $decision['result'], $decision['soft_bounce_count'], $decision['last_delivery_sent_at'] ) );
	}

	public function testADeliveryOfAMailSentBeforeTheNewestSoftBounceKeepsTheLaterOnes(): void {
		$decision = self::decide( self::contact( 'subscribed', array( self::T - 120 * self::S, self::T - 60 * self::S ) ), 'delivery', self::T - 90 * self::S );

		$this->assertSame( array( 'soft_count_reduced', 1, array( self::T - 60 * self::S ) ), array( $decision['result'], $decision['soft_bounce_count'], $decision['soft_sent_at'] ) );
	}

	public function testADeliveryOfAMailSentBeforeEveryCountedSoftBounceChangesNothing(): void {
		$decision = self::decide( self::contact( 'subscribed', array( self::T - 60 * self::S ) ), 'delivery', self::T - 3600 * self::S );

		$this->assertSame( array( 'unchanged', 1 ), array( $decision['result'], $decision['soft_bounce_count'] ) );
	}

	public function testADeliveryOlderThanOneAlreadySeenChangesNothing(): void {
		$contact  = self::contact( 'subscribed', array(), self::T - 60 * self::S );
		$decision = self::decide( $contact, 'delivery', self::T - 3600 * self::S );

		$this->assertSame( array( 'unchanged', self::T - 60 * self::S ), array( $decision['result'], $decision['last_delivery_sent_at'] ) );
	}

	public function testWithAWindowOnlySoftBouncesOfRecentMailsCount(): void {
		$old      = array( self::T - 10 * self::DAY * self::S, self::T - 9 * self::DAY * self::S );
		$decision = self::decide( self::contact( 'subscribed', $old ), 'soft', self::T, array( 'window_days' => 7 ) );

		$this->assertSame( array( 'soft_bounced', 1, array( self::T ) ), array( $decision['result'], $decision['soft_bounce_count'], $decision['soft_sent_at'] ) );
	}

	public function testWithoutAWindowOldSoftBouncesStillCount(): void {
		$old = array( self::T - 400 * self::DAY * self::S, self::T - 300 * self::DAY * self::S );

		$this->assertSame( 'soft_converted_to_hard', self::decide( self::contact( 'subscribed', $old ), 'soft' )['result'] );
	}

	public function testACountFromBeforeSendTimesWereKeptStillCounts(): void {
		$decision = self::decide( self::contact( 'subscribed', array(), null, 2 ), 'soft' );

		$this->assertSame( array( 'soft_converted_to_hard', 3 ), array( $decision['result'], $decision['soft_bounce_count'] ) );
	}

	public function testACountTheCrmResetCountsFromTheNextSoftBounceOnly(): void {
		$decision = self::decide( self::contact( 'subscribed', array( self::T - 120 * self::S, self::T - 60 * self::S ), null, 0 ), 'soft' );

		$this->assertSame( array( 'soft_bounced', 'subscribed', 1 ), array( $decision['result'], $decision['status'], $decision['soft_bounce_count'] ) );
		$this->assertSame( array( self::T ), $decision['soft_sent_at'] );
	}

	public function testACountTheCrmLoweredKeepsTheNewestSendTimes(): void {
		$decision = self::decide( self::contact( 'subscribed', array( self::T - 120 * self::S, self::T - 60 * self::S ), null, 1 ), 'soft' );

		$this->assertSame( array( self::T - 60 * self::S, self::T ), $decision['soft_sent_at'] );
	}

	public function testACountFarAboveTheThresholdDecidesAsTheThresholdAndKeepsOnlyThatMany(): void {
		$decision = self::decide( self::contact( 'subscribed', array(), null, 5_000_000 ), 'soft' );

		$this->assertSame( array( 'soft_converted_to_hard', 'bounced' ), array( $decision['result'], $decision['status'] ) );
		$this->assertSame( array( 0, 0, 0, self::T ), $decision['soft_sent_at'], 'the threshold\'s worth of old ones, then this one' );
	}

	public function testAnyDeliveryEndsACountFromBeforeSendTimesWereKept(): void {
		$this->assertSame( 'soft_count_reset', self::decide( self::contact( 'subscribed', array(), null, 2 ), 'delivery', self::T - 3600 * self::S )['result'] );
	}

	public function testAnEventThePolicyDoesNotCountChangesNothing(): void {
		$decision = self::decide( self::contact( 'subscribed', array( self::T - 60 * self::S ) ), 'none' );

		$this->assertSame( array( 'not_counted', 'subscribed', 1, array() ), array( $decision['result'], $decision['status'], $decision['soft_bounce_count'], $decision['actions'] ) );
	}

	public function testAComplaintMarksComplained(): void {
		$decision = self::decide( self::contact(), 'complaint' );

		$this->assertSame( array( 'complained', 'complained', array( 'complained' ) ), array( $decision['result'], $decision['status'], $decision['actions'] ) );
	}

	public function testAComplaintTurnsBouncedIntoComplained(): void {
		$this->assertSame( 'complained', self::decide( self::contact( 'bounced' ), 'complaint' )['status'] );
	}

	public function testAComplaintUnsubscribesWhenTheSiteSaysSo(): void {
		$decision = self::decide( self::contact(), 'complaint', self::T, array( 'complaint_action' => 'unsubscribed' ) );

		$this->assertSame( array( 'unsubscribed', 'unsubscribed', array( 'unsubscribed' ) ), array( $decision['result'], $decision['status'], $decision['actions'] ) );
	}

	public function testUnsubscribingABouncedContactLeavesItBouncedForAnUnbounceToGiveBackUnsubscribed(): void {
		$decision = self::decide( array( 'status_before' => 'subscribed' ) + self::contact( 'bounced' ), 'complaint', self::T, array( 'complaint_action' => 'unsubscribed' ) );

		$this->assertSame( array( 'unsubscribed', 'bounced', 'unsubscribed', array() ), array( $decision['result'], $decision['status'], $decision['status_before'], $decision['actions'] ) );
	}

	public function testASecondComplaintOfABouncedContactTheSiteUnsubscribedChangesNothing(): void {
		$decision = self::decide( array( 'status_before' => 'unsubscribed' ) + self::contact( 'bounced' ), 'complaint', self::T, array( 'complaint_action' => 'unsubscribed' ) );

		$this->assertSame( 'unchanged', $decision['result'] );
	}

	public function testNothingMovesASuppressedContactBack(): void {
		foreach ( array( 'bounced', 'complained' ) as $status ) {
			foreach ( array( 'hard', 'soft', 'delivery' ) as $effect ) {
				$decision = self::decide( self::contact( $status, array( self::T - 60 * self::S, self::T - 30 * self::S ) ), $effect );
				$this->assertSame( array( 'unchanged', $status, 2, array() ), array( $decision['result'], $decision['status'], $decision['soft_bounce_count'], $decision['actions'] ), "$effect on a $status contact" );
			}
		}
		$this->assertSame( 'unchanged', self::decide( self::contact( 'complained' ), 'complaint' )['result'] );
	}

	public function testASoftBounceOfAMailSentBeforeTheWindowDoesNotCount(): void {
		$contact  = self::contact( 'subscribed', array( self::T - 7200 * self::S, self::T - 3600 * self::S ) );
		$decision = self::decide( $contact, 'soft', self::T - 10 * self::DAY * self::S, array( 'window_days' => 7 ) );

		$this->assertSame( array( 'outside_window', 'subscribed', 2 ), array( $decision['result'], $decision['status'], $decision['soft_bounce_count'] ) );
	}

	public function testABounceOfAMailSentBeforeTheContactWasUnBouncedDoesNotCount(): void {
		$contact = array( 'reactivated_at' => self::T - 60 * self::S ) + self::contact();

		$decision = self::decide( $contact, 'hard', self::T - 120 * self::S );

		$this->assertSame( array( 'before_reactivation', 'subscribed', array() ), array( $decision['result'], $decision['status'], $decision['actions'] ) );
	}

	public function testABounceOfAMailSentAfterTheContactWasUnBouncedApplies(): void {
		$contact = array( 'reactivated_at' => self::T - 60 * self::S ) + self::contact();

		$this->assertSame( 'bounced', self::decide( $contact, 'hard', self::T - 30 * self::S )['status'] );
	}

	public function testMarkingAContactBouncedKeepsTheStatusItHadBefore(): void {
		$decision = self::decide( self::contact( 'unsubscribed' ), 'hard' );

		$this->assertSame( array( 'bounced', 'unsubscribed' ), array( $decision['status'], $decision['status_before'] ) );
	}

	public function testAContactTheCrmMovedBackKeepsNoStatusFromBefore(): void {
		$contact = array( 'status_before' => 'unsubscribed' ) + self::contact( 'subscribed' );

		$this->assertNull( self::decide( $contact, 'delivery' )['status_before'] );
	}

	public function testAComplaintAboutABouncedContactKeepsTheStatusFromBeforeTheBounce(): void {
		$contact = array( 'status_before' => 'pending' ) + self::contact( 'bounced' );

		$decision = self::decide( $contact, 'complaint' );

		$this->assertSame( array( 'complained', 'pending' ), array( $decision['status'], $decision['status_before'] ) );
	}

	public function testASoftBounceOfTheDeliveredMailItselfCountsWhenItArrivesAfterTheDelivery(): void {
		$decision = self::decide( self::contact( 'subscribed', array(), self::T ), 'soft', self::T );

		$this->assertSame( array( 'soft_bounced', 1 ), array( $decision['result'], $decision['soft_bounce_count'] ) );
	}

	public function testASoftBounceOfTheDeliveredMailItselfCountsWhenItArrivesBeforeTheDelivery(): void {
		$decision = self::decide( self::contact( 'subscribed', array( self::T ) ), 'delivery', self::T );

		$this->assertSame( array( 'unchanged', 1 ), array( $decision['result'], $decision['soft_bounce_count'] ) );
	}

	public function testADeliveryOfAMailSentEarlierInTheSameSecondKeepsTheSoftBounce(): void {
		$decision = self::decide( self::contact( 'subscribed', array( self::T + 700 ) ), 'delivery', self::T + 100 );

		$this->assertSame( array( 'unchanged', array( self::T + 700 ) ), array( $decision['result'], $decision['soft_sent_at'] ) );
	}

	public function testSendTimesStoredInSecondsByAnEarlierVersionAreReadAsSeconds(): void {
		$contact = array( 'reactivated_at' => self::NOW - 7200 ) + self::contact( 'subscribed', array( self::NOW - 60 ), self::NOW - 3600 );

		$decision = self::decide( $contact, 'soft' );

		$this->assertSame( array( self::T - 60 * self::S, self::T ), $decision['soft_sent_at'] );
		$this->assertSame( self::T - 3600 * self::S, $decision['last_delivery_sent_at'] );
	}

	public function testTheSendTimeIsSesMailTimestampToTheMillisecond(): void {
		$this->assertSame( 1453906778237, ContactRules::send_time( '2016-01-27T14:59:38.237Z' ) );
	}

	public function testAnUnreadableSendTimeIsNone(): void {
		$this->assertSame( array( null, null ), array( ContactRules::send_time( '' ), ContactRules::send_time( 'not a time' ) ) );
	}
}
