<?php
/**
 * A bounce storm through the real webhook, 16 deliveries in flight at a
 * time: hot contacts with many concurrent soft bounces, hard bounces,
 * complaints racing hard bounces, deliveries, unknown addresses and exact
 * resends. The database must equal a model computed by applying the
 * plugin's own ContactRules one recipient at a time: every contact's status
 * and soft count, no lost or doubled increment, each message applied once.
 * Every contact gets events whose end state does not depend on the order
 * they are applied in, so the model needs no order.
 */

declare(strict_types=1);

namespace QuillCRM\E2E\Tests;

use QuillCRM\Bounce\BouncePolicy;
use QuillCRM\Bounce\ContactRules;
use QuillCRM\E2E\SesPayload;
use QuillCRM\E2E\Site;

final class StormTest extends E2eTestCase {
	private const THRESHOLD   = 5;
	private const IN_FLIGHT   = 16;
	private const HOT_BOUNCES = 8;

	public static function setUpBeforeClass(): void {
		if ( ! defined( 'ABSPATH' ) ) {
			define( 'ABSPATH', dirname( __DIR__, 3 ) . '/' );
		}
		require_once dirname( __DIR__, 3 ) . '/php/includes/class-bounce-policy.php';
		require_once dirname( __DIR__, 3 ) . '/php/includes/class-contact-rules.php';
	}

	public function testTheDatabaseEqualsTheRulesAppliedOnceToEveryDelivery(): void {
		$this->site->set_option( Site::THRESHOLD_OPTION, (string) self::THRESHOLD );
		$contacts = array(); // email => [status, soft count] as seeded
		$events   = array(); // list of [email, class, SES payload]
		$add      = function ( string $label, string $status = 'subscribed', int $soft = 0 ) use ( &$contacts ): string {
			$email              = $this->new_contact( $label, $status, $soft );
			$contacts[ $email ] = array( $status, $soft );
			return $email;
		};
		$units = array(); // each a list of event indexes sent together
		for ( $i = 0; $i < 20; $i++ ) {
			$email = $add( "storm-hot-$i" );
			$burst = array();
			for ( $j = 0; $j < self::HOT_BOUNCES; $j++ ) {
				$events[] = array( $email, 'soft', 0 === $j % 2 ? SesPayload::transient_bounce( $email ) : SesPayload::undetermined_bounce( $email ) );
				$burst[]  = count( $events ) - 1;
			}
			$units[] = $burst;
		}
		for ( $i = 0; $i < 30; $i++ ) {
			$email    = $add( "storm-hard-$i" );
			$events[] = array( $email, 'hard', SesPayload::permanent_bounce( $email ) );
			$units[]  = array( count( $events ) - 1 );
		}
		for ( $i = 0; $i < 20; $i++ ) {
			$email    = $add( "storm-race-$i" );
			$events[] = array( $email, 'complaint', SesPayload::complaint( $email ) );
			$events[] = array( $email, 'hard', SesPayload::permanent_bounce( $email ) );
			$units[]  = array( count( $events ) - 2, count( $events ) - 1 );
		}
		for ( $i = 0; $i < 20; $i++ ) {
			$email    = $add( "storm-reset-$i", 'subscribed', 2 );
			$events[] = array( $email, 'delivery', SesPayload::delivery( $email ) );
			$units[]  = array( count( $events ) - 1 );
		}
		for ( $i = 0; $i < 10; $i++ ) {
			$email    = Site::unique_email( "storm-unknown-$i" );
			$events[] = array( $email, 'hard', SesPayload::permanent_bounce( $email ) );
			$units[]  = array( count( $events ) - 1 );
		}
		$envelopes = array_map( fn( array $event ): array => $this->notification( $event[2] ), $events );
		// 5 % exact resends, each beside its original.
		$resent = array_slice( array_keys( $events ), 0, (int) ( count( $events ) / 20 ) );
		foreach ( $resent as $index ) {
			$units[] = array( $index );
		}
		mt_srand( 20261130 );
		shuffle( $units );
		$order = array_merge( ...$units );

		$answers = array();
		foreach ( array_chunk( $order, self::IN_FLIGHT ) as $chunk ) {
			$sent = $this->site->deliver_concurrently( array_map( static fn( int $i ): array => $envelopes[ $i ], $chunk ) );
			foreach ( $chunk as $k => $index ) {
				$answers[ $index ][] = $sent[ $k ];
			}
		}

		// The model: each event through the plugin's own rules, in the
		// order the events were made (every contact's end state is the same
		// in any order, as the plan is built so).
		$model = array();
		foreach ( $contacts as $email => $seeded ) {
			$model[ $email ] = array(
				'status'                => $seeded[0],
				'soft_bounce_count'     => $seeded[1],
				'soft_sent_at'          => array(),
				'last_delivery_sent_at' => null,
			);
		}
		$settings = array(
			'threshold'        => self::THRESHOLD,
			'window_days'      => 0,
			'now'              => time(),
			'complaint_action' => 'complained',
		);
		foreach ( $events as $event ) {
			list( $email, $class, $payload ) = $event;
			if ( isset( $model[ $email ] ) ) {
				$ses      = json_decode( $payload, true );
				$effect   = BouncePolicy::effect( array( 'class' => $class ), array( 'bounce_type' => $ses['bounce']['bounceType'] ?? null, 'bounce_sub_type' => $ses['bounce']['bounceSubType'] ?? null ), BouncePolicy::DEFAULTS );
				$decision = ContactRules::decide( $model[ $email ], $effect + array( 'sent_at' => ContactRules::send_time( $ses['mail']['timestamp'] ) ), $settings );
				$model[ $email ] = array_intersect_key( $decision, $model[ $email ] );
			}
		}
		foreach ( $answers as $index => $copies ) {
			$outcomes = array_map( static fn( array $r ): string => $r['status'] . ' ' . ( $r['json']['outcome'] ?? '?' ), $copies );
			sort( $outcomes );
			$applied  = array( 'hard' => '200 bounce', 'soft' => '200 bounce', 'complaint' => '200 complaint', 'delivery' => '200 delivery' )[ $events[ $index ][1] ];
			$expected = array_merge( array( $applied ), array_fill( 0, count( $copies ) - 1, '200 duplicate' ) );
			sort( $expected );
			$this->assertSame( $expected, $outcomes, "delivery #$index and its resends: applied once" );
		}
		foreach ( $model as $email => $state ) {
			$this->assertContactState( $email, $state['status'], $state['soft_bounce_count'], 'the model of the plugin\'s rules' );
		}
		foreach ( $events as $event ) {
			if ( ! isset( $contacts[ $event[0] ] ) ) {
				$this->assertNull( $this->site->contact( $event[0] ), 'no contact is created for an unknown address' );
			}
		}
	}
}
